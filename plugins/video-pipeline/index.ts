import type { Config, Plugin } from 'payload'

import { Projects } from '../../collections/projects/Projects'
import { Scenes } from '../../collections/projects/Scenes'
import { TimelineClips } from '../../collections/projects/TimelineClips'
import { listProjects } from '../../endpoints/projects/list'
import { createScene, deleteScene, updateScene } from '../../endpoints/projects/scenes'
import { addCollectionEndpoints } from '../addCollectionEndpoints'

/**
 * Projects → scenes → timeline clips, and the seed's project and scene routes. Generation
 * (storyboard, images, clips, stitching as jobs) is still to come: see issue 4's notes.
 */
export const videoPipelinePlugin =
  (): Plugin =>
  (config: Config): Config => {
    const withCollections: Config = {
      ...config,
      collections: [...(config.collections ?? []), Projects, Scenes, TimelineClips],
    }
    return addCollectionEndpoints(withCollections, 'projects', [listProjects, createScene, updateScene, deleteScene])
  }
