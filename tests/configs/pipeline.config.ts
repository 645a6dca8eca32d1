import { reelsmithConfig } from '../../payload.config'
import { videoPipelinePlugin } from '../../plugins/video-pipeline'

/** The platform with the video pipeline alone: no car catalogue, no training. */
export default reelsmithConfig([videoPipelinePlugin()])
