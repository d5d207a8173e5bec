// Builds assets/aws-icons/aws-icons.json, an Iconify icon set of the official AWS
// Architecture Icons used by the diagrams, from the `aws-icons` npm package.
// The generated file is committed so the app never needs the network (or the
// package) at run time; rerun with `npm run icons` after changing ICONS.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageRoot = path.dirname(require.resolve('aws-icons/package.json'));

/** Our short icon name → file in the aws-icons package. */
export const ICONS = {
  'api-gateway': 'architecture-service/AmazonAPIGateway.svg',
  'auto-scaling': 'architecture-service/AmazonEC2AutoScaling.svg',
  batch: 'architecture-service/AWSBatch.svg',
  cloudwatch: 'architecture-service/AmazonCloudWatch.svg',
  dynamodb: 'architecture-service/AmazonDynamoDB.svg',
  ec2: 'architecture-service/AmazonEC2.svg',
  'ec2-instance': 'resource/AmazonEC2Instance.svg',
  'ec2-spot': 'resource/AmazonEC2SpotInstance.svg',
  ecr: 'architecture-service/AmazonElasticContainerRegistry.svg',
  'ecr-image': 'resource/AmazonElasticContainerRegistryImage.svg',
  ecs: 'architecture-service/AmazonElasticContainerService.svg',
  'ecs-service': 'resource/AmazonElasticContainerServiceService.svg',
  'ecs-task': 'resource/AmazonElasticContainerServiceTask.svg',
  'ecs-container': 'resource/AmazonElasticContainerServiceContainer1.svg',
  eks: 'architecture-service/AmazonElasticKubernetesService.svg',
  eventbridge: 'architecture-service/AmazonEventBridge.svg',
  fargate: 'architecture-service/AWSFargate.svg',
  lambda: 'architecture-service/AWSLambda.svg',
  'lambda-function': 'resource/AWSLambdaLambdaFunction.svg',
  lightsail: 'architecture-service/AmazonLightsail.svg',
  alb: 'resource/ElasticLoadBalancingApplicationLoadBalancer.svg',
  elb: 'architecture-service/ElasticLoadBalancing.svg',
  s3: 'architecture-service/AmazonSimpleStorageService.svg',
  sqs: 'architecture-service/AmazonSimpleQueueService.svg',
  users: 'resource/Users.svg',
  client: 'resource/Client.svg',
  internet: 'resource/Internet.svg',
  // AWS's group icons: the corner mark of each group in an architecture diagram.
  'group-aws-cloud': 'architecture-group/AWSCloudlogo.svg',
  'group-aws-cloud-dark': 'architecture-group/AWSCloudlogoDark.svg',
  'group-region': 'architecture-group/Region.svg',
  'group-vpc': 'architecture-group/VirtualprivatecloudVPC.svg',
  'group-private-subnet': 'architecture-group/Privatesubnet.svg',
  'group-public-subnet': 'architecture-group/Publicsubnet.svg',
  'group-auto-scaling': 'architecture-group/AutoScalinggroup.svg',
  'group-ec2-contents': 'architecture-group/EC2instancecontents.svg',
  'group-spot-fleet': 'architecture-group/SpotFleet.svg',
  // Common parts of a system beyond its compute, for diagrams the user extends.
  aurora: 'architecture-service/AmazonAurora.svg',
  cloudfront: 'architecture-service/AmazonCloudFront.svg',
  cognito: 'architecture-service/AmazonCognito.svg',
  elasticache: 'architecture-service/AmazonElastiCache.svg',
  'nat-gateway': 'resource/AmazonVPCNATGateway.svg',
  rds: 'architecture-service/AmazonRDS.svg',
  'route-53': 'architecture-service/AmazonRoute53.svg',
  sns: 'architecture-service/AmazonSimpleNotificationService.svg',
  'step-functions': 'architecture-service/AWSStepFunctions.svg',
  waf: 'architecture-service/AWSWAF.svg',
};

function toIconifyIcon(name, svg) {
  const viewBox = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1]?.split(/\s+/).map(Number);
  if (!viewBox || viewBox.length !== 4) throw new Error(`${name}: no viewBox`);
  const inner = svg
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/<title>[\s\S]*?<\/title>/, '');
  // AWS draws its generic icons (users, client, internet) in squid ink, which
  // vanishes on a dark diagram; currentColor lets the diagram theme pick.
  // Group icons come in a light and a dark version of their own and keep their colours.
  const themed = name.startsWith('group-')
    ? inner
    : inner.replace(/fill="#23[0-9a-f]{4}"|fill="#242f3e"/gi, 'fill="currentColor"');
  // The data attribute lets tests (and exports) tell a real AWS icon from
  // Mermaid's "unknown icon" placeholder.
  const body = `<g data-aws-icon="${name}">${themed}</g>`;
  return { body, left: viewBox[0], top: viewBox[1], width: viewBox[2], height: viewBox[3] };
}

const pkg = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8'));
const icons = {};
for (const [name, file] of Object.entries(ICONS)) {
  icons[name] = toIconifyIcon(name, readFileSync(path.join(packageRoot, 'icons', file), 'utf8'));
}
const iconSet = {
  prefix: 'aws',
  info: {
    name: 'AWS Architecture Icons',
    author: { name: 'Amazon Web Services, packaged by aws-icons', url: pkg.homepage ?? '' },
    license: { title: 'AWS Architecture Icons terms; aws-icons package MIT' },
    version: pkg.version,
  },
  icons,
};
const out = path.resolve('assets/aws-icons/aws-icons.json');
writeFileSync(out, JSON.stringify(iconSet, null, 1) + '\n');
console.log(`wrote ${Object.keys(icons).length} icons to ${path.relative(process.cwd(), out)}`);
