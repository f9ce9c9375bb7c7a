/** How many items one ECS call takes: every batch of the action is cut to these, in one place. */

/** DescribeServices takes at most 10 services a call (ECS API model). */
export const DESCRIBE_BATCH = 10
/** DescribeServiceDeployments and DescribeServiceRevisions take at most 20 ARNs a call (ECS API reference). */
export const DEPLOYMENT_BATCH = 20
