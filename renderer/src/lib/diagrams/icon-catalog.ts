import iconSet from '../../../../assets/aws-icons/aws-icons.json';
import { NODE_ICON_NAMES } from './icon-names';

/**
 * The bundled AWS icons as the editor's icon picker offers them: each with
 * the name AWS gives the service, words it is looked up by, and its AWS
 * architecture-icon category. The category's colour is the one the icon
 * itself is drawn in, so an inserted node looks like the generated ones.
 */

export type IconCategory =
  | 'compute'
  | 'containers'
  | 'networking'
  | 'database'
  | 'storage'
  | 'integration'
  | 'management'
  | 'security'
  | 'general';

export const CATEGORY_NAMES: Readonly<Record<IconCategory, string>> = {
  compute: 'Compute',
  containers: 'Containers',
  networking: 'Networking & Content Delivery',
  database: 'Database',
  storage: 'Storage',
  integration: 'Application Integration',
  management: 'Management & Governance',
  security: 'Security, Identity & Compliance',
  general: 'General',
};

export interface PickableIcon {
  /** Name in the bundled pack (`aws:<name>` in the source). */
  name: string;
  /** AWS's name for it, and the label an inserted node starts with. */
  title: string;
  category: IconCategory;
  /** Other words it is found by: abbreviations, what it does. */
  keywords: readonly string[];
}

type Entry = [title: string, category: IconCategory, keywords: string];

const ENTRIES: Readonly<Record<string, Entry>> = {
  alb: ['Application Load Balancer', 'networking', 'alb elb load balancer http'],
  'api-gateway': ['Amazon API Gateway', 'networking', 'api rest http websocket front'],
  aurora: ['Amazon Aurora', 'database', 'rds mysql postgresql postgres sql relational'],
  'auto-scaling': ['Amazon EC2 Auto Scaling', 'compute', 'asg scaling'],
  batch: ['AWS Batch', 'compute', 'jobs queue'],
  client: ['Client', 'general', 'browser desktop computer'],
  cloudfront: ['Amazon CloudFront', 'networking', 'cdn edge cache distribution'],
  cloudwatch: ['Amazon CloudWatch', 'management', 'monitoring metrics logs alarms'],
  cognito: ['Amazon Cognito', 'security', 'auth login identity user pool sign-in'],
  dynamodb: ['Amazon DynamoDB', 'database', 'nosql key value table ddb'],
  ec2: ['Amazon EC2', 'compute', 'server virtual machine vm'],
  'ec2-instance': ['EC2 instance', 'compute', 'server virtual machine vm'],
  'ec2-spot': ['EC2 Spot instance', 'compute', 'spot server'],
  ecr: ['Amazon ECR', 'containers', 'registry container images docker'],
  'ecr-image': ['Container image', 'containers', 'ecr registry docker'],
  ecs: ['Amazon ECS', 'containers', 'elastic container service docker'],
  'ecs-container': ['Container', 'containers', 'ecs docker'],
  'ecs-service': ['ECS service', 'containers', 'ecs docker'],
  'ecs-task': ['ECS task', 'containers', 'ecs docker'],
  eks: ['Amazon EKS', 'containers', 'kubernetes k8s cluster'],
  elasticache: ['Amazon ElastiCache', 'database', 'cache redis valkey memcached'],
  elb: ['Elastic Load Balancing', 'networking', 'elb load balancer nlb'],
  eventbridge: ['Amazon EventBridge', 'integration', 'events bus scheduler cron'],
  fargate: ['AWS Fargate', 'containers', 'serverless containers task'],
  internet: ['Internet', 'general', 'web www'],
  lambda: ['AWS Lambda', 'compute', 'serverless functions'],
  'lambda-function': ['Lambda function', 'compute', 'serverless function'],
  lightsail: ['Amazon Lightsail', 'compute', 'vps bundle'],
  'nat-gateway': ['NAT gateway', 'networking', 'nat egress vpc'],
  rds: ['Amazon RDS', 'database', 'relational sql mysql postgresql postgres'],
  'route-53': ['Amazon Route 53', 'networking', 'dns domain route53'],
  s3: ['Amazon S3', 'storage', 'bucket objects files simple storage'],
  sns: ['Amazon SNS', 'integration', 'notifications topic pub sub push'],
  sqs: ['Amazon SQS', 'integration', 'queue messages'],
  'step-functions': ['AWS Step Functions', 'integration', 'workflow state machine orchestration'],
  users: ['Users', 'general', 'people customers'],
  waf: ['AWS WAF', 'security', 'firewall web application'],
};

/** Every icon a node can take, in the order the picker lists them when nothing is typed. */
export const PICKABLE_ICONS: readonly PickableIcon[] = [...NODE_ICON_NAMES]
  .map((name): PickableIcon => {
    const [title, category, keywords] = ENTRIES[name] ?? [name, 'general', ''];
    return { name, title, category, keywords: keywords.split(' ').filter(Boolean) };
  })
  .sort((a, b) => a.title.localeCompare(b.title, 'en'));

const BY_NAME = new Map(PICKABLE_ICONS.map((icon) => [icon.name, icon]));

export function pickableIcon(name: string): PickableIcon | undefined {
  return BY_NAME.get(name);
}

/** The parts most architectures add around the compute: one click each in the editor. */
export const EXTRA_ICON_NAMES = [
  'sqs',
  'sns',
  'rds',
  'aurora',
  'dynamodb',
  's3',
  'cloudfront',
  'elasticache',
  'eventbridge',
  'step-functions',
  'cognito',
  'waf',
  'route-53',
  'nat-gateway',
] as const;

/** The extras' button text: the service's short name ("SQS", "Route 53"). */
export function shortTitle(icon: PickableIcon): string {
  return icon.title.replace(/^(Amazon|AWS) /, '');
}

/** An icon's drawing from the pack: its SVG body and view box, for the picker's own lists. */
export function iconDrawing(name: string): { body: string; width: number; height: number } | undefined {
  const icon = (iconSet.icons as Record<string, { body: string; width?: number; height?: number }>)[name];
  if (!icon) return undefined;
  return { body: icon.body, width: icon.width ?? 16, height: icon.height ?? 16 };
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * Icons matching what was typed, best first: every typed word must start a
 * word of the title, name, keywords or category ("route", "dns", "load bal",
 * "database"); a title that starts with the query comes first, then one
 * whose main keyword does ("queue" is SQS before Batch). Nothing typed lists them all.
 */
export function searchIcons(query: string): PickableIcon[] {
  const typed = words(query);
  if (typed.length === 0) return [...PICKABLE_ICONS];
  const scored: { icon: PickableIcon; score: number }[] = [];
  for (const icon of PICKABLE_ICONS) {
    const titleWords = words(shortTitle(icon));
    const all = [
      ...titleWords,
      ...words(icon.name),
      ...icon.keywords.flatMap(words),
      ...words(CATEGORY_NAMES[icon.category]),
    ];
    if (!typed.every((word) => all.some((candidate) => candidate.startsWith(word)))) continue;
    const inTitle = typed.filter((word) => titleWords.some((candidate) => candidate.startsWith(word))).length;
    const titleStarts = titleWords[0]?.startsWith(typed[0]!) ? 1 : 0;
    const mainKeyword = icon.keywords[0]?.startsWith(typed[0]!) ? 1 : 0;
    scored.push({ icon, score: titleStarts * 100 + inTitle * 10 + mainKeyword });
  }
  return scored.sort((a, b) => b.score - a.score).map(({ icon }) => icon);
}
