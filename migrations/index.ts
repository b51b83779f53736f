import { CreateUsersAndStrategies1764878400000 } from './1764878400000-create-users-and-strategies';

/** Every migration in the order it runs; listed here so ts-node, jest and compiled code load the same set. */
export const MIGRATIONS = [CreateUsersAndStrategies1764878400000];
