import { createLocalReq, type TaskConfig } from 'payload'

import { idOf } from '../../../src/lib/db/ids'
import { inTransaction } from '../../../src/lib/db/transaction'
import { taskRetries } from '../../../src/lib/jobs/settings'
import { trainingProvidersFromEnv } from '../services/providers'
import { createScriptScenes, writeTrainingScript } from '../services/writeScenes'

/**
 * The script of a training project created outside `POST /api/videos` (admin panel, Payload
 * REST): the same grounded scenes that route writes before it answers.
 */
export const writeTrainingScriptTask: TaskConfig<{
  input: { projectId: string }
  output: { scenes: number }
}> = {
  slug: 'trainingScript',
  retries: taskRetries,
  inputSchema: [{ name: 'projectId', type: 'text', required: true }],
  outputSchema: [{ name: 'scenes', type: 'number', required: true }],
  handler: async ({ input, req: { payload } }) => {
    const project = await payload.findByID({
      collection: 'projects',
      id: input.projectId,
      depth: 0,
      disableErrors: true,
    })
    if (!project) return { output: { scenes: 0 } }
    const script = await writeTrainingScript(
      payload,
      {
        companyId: idOf(project.company)!,
        equipmentId: idOf(project.equipment),
        prompt: project.prompt,
        equipmentModel: project.equipmentModel,
        taskType: project.taskType,
      },
      trainingProvidersFromEnv().script,
      // A job can wait longer than a request for a big manual; past that it fails and is retried.
      10 * 60_000,
    )
    const req = await createLocalReq({}, payload)
    await inTransaction(req, async () => {
      await payload.delete({
        collection: 'scenes',
        where: { project: { equals: project.id } },
        req,
      })
      await createScriptScenes(req, project, script)
    })
    return { output: { scenes: script.scenes.length } }
  },
}
