import type { TaskConfig } from 'payload'

import { plainTextOf } from '../../../fields/richText'
import { idOf } from '../../../src/lib/db/ids'
import { providersFromEnv } from '../../../src/lib/providers'
import { brandOf, featuredSubjectOf } from '../services/context'
import { taskRetries } from '../../../src/lib/jobs/settings'

/** Writes a project's storyboard: its scenes (durations summing to the target) and subject description. */
export const storyboardTask: TaskConfig<{
  input: { projectId: string }
  output: { scenes: number }
}> = {
  slug: 'storyboard',
  retries: taskRetries,
  inputSchema: [{ name: 'projectId', type: 'text', required: true }],
  outputSchema: [{ name: 'scenes', type: 'number', required: true }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const project = await payload.findByID({
      collection: 'projects',
      id: input.projectId,
      depth: 0,
      disableErrors: true,
    })
    if (!project) return { output: { scenes: 0 } } // deleted since it was queued
    const companyId = idOf(project.company)!
    const providers = providersFromEnv()
    try {
      const storyboard = await providers.storyboard.writeStoryboard({
        prompt: project.prompt,
        brief: plainTextOf(project.brief) || undefined,
        targetDuration: project.targetDuration,
        kind: project.kind ?? 'marketing',
        clipLengths: providers.video.clipLengths,
        brand: await brandOf(payload, companyId),
        car: await featuredSubjectOf(payload, project),
      })
      // A rewritten storyboard replaces the previous scenes.
      await payload.delete({ collection: 'scenes', where: { project: { equals: project.id } } })
      for (const [index, scene] of storyboard.scenes.entries()) {
        await payload.create({
          collection: 'scenes',
          data: {
            ...scene,
            project: project.id,
            sceneNumber: index + 1,
            company: companyId,
            owner: idOf(project.owner)!,
          },
        })
      }
      await payload.update({
        collection: 'projects',
        id: project.id,
        data: {
          characterDescription: storyboard.characterDescription,
          status: 'SCENE_GENERATION',
          failureReason: null,
        },
      })
      return { output: { scenes: storyboard.scenes.length } }
    } catch (error) {
      await payload.update({
        collection: 'projects',
        id: project.id,
        data: { status: 'FAILED', failureReason: `Storyboard: ${(error as Error).message}` },
      })
      throw error
    }
  },
}
