import type { PayloadRequest } from 'payload'
import { setSceneProgress } from '../services/sceneProgress'

/** Records a readable failure on the scene; what was generated before stays. */
export async function failScene(
  req: PayloadRequest,
  sceneId: string,
  step: string,
  error: unknown,
) {
  const reason =
    `${step} generation failed: ${error instanceof Error ? error.message : String(error)}`.slice(
      0,
      500,
    )
  // Outside the job's transaction, so the reason survives the retry's rollback.
  await setSceneProgress(req.payload, sceneId, { status: 'FAILED', failureReason: reason })
}
