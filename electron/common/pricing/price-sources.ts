/** AWS pages cited by lines that charge nothing (ECS and AWS Batch themselves are free). */
export const SERVICE_PAGES = {
  ecs: 'https://aws.amazon.com/ecs/pricing/',
  batch: 'https://aws.amazon.com/batch/pricing/',
} as const;
