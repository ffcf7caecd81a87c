import type { Control } from 'react-hook-form';
import type { NewAssessmentRequest } from '../../lib/contractTypes';
import type { AssessmentFormValues } from './assessmentForm';

/** The severity assessment form's control, as its sections take it. */
export type AssessmentControl = Control<AssessmentFormValues, unknown, NewAssessmentRequest>;
