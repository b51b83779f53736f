import { CreateUsersAndStrategies1764878400000 } from './1764878400000-create-users-and-strategies';
import { CreateCalendarGenerations1764964800000 } from './1764964800000-create-calendar-generations';

/** Every migration in the order it runs; listed here so ts-node, jest and compiled code load the same set. */
export const MIGRATIONS = [CreateUsersAndStrategies1764878400000, CreateCalendarGenerations1764964800000];
