import { reelsmithConfig } from '../../payload.config'
import { trainingPlugin } from '../../plugins/training'
import { videoPipelinePlugin } from '../../plugins/video-pipeline'

/** The platform with the video pipeline and training (no car catalogue); short training scenes. */
export const TRAINING_MAX_SCENE_SECONDS = 20

export default reelsmithConfig([
  trainingPlugin({ maxSceneSeconds: TRAINING_MAX_SCENE_SECONDS }),
  videoPipelinePlugin(),
])
