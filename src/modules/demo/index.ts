export { seedDemo, demoRegionExists, type SeedDemoOptions } from './seed.js';
export { DEMO_LOGINS, DEMO_PASSWORD } from './logins.js';
export { DEMO_REGION, DEMO_MUNICIPALITIES, DEMO_ORGANISATIONS } from './organisations.js';
export { DEMO_PEOPLE, DEMO_PROFESSIONALS, demoEmail } from './people.js';
export { DEMO_CLIENTS } from './clients.js';
export type { DemoLogin } from './types.js';
