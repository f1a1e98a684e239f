import type { TestMember } from './members.js'

/** The run's operator: the first member of the run's fresh instance, signed up in global setup. */
export const E2E_OPERATOR: TestMember = {
  name: 'Olga Operator',
  email: 'olga.operator@example.test',
  password: 'correct horse battery',
}
