import type { StudioModel, StudioVideoChoice } from './studioSources'
import styles from '../studio.module.css'

type Props = {
  videos: StudioVideoChoice[]
  models: StudioModel[]
  /** The open video's id, or null for the sample. */
  videoId: string | null
  /** The open model's id, or null for the sample oven. */
  modelId: string | null
}

/**
 * For signed-in users: which of their training videos plays, on which 3D model (the sample oven
 * or one uploaded with their equipment). A plain GET form: the choice lives in the address, so it
 * can be shared and reloaded.
 */
export function OpenVideoForm({ videos, models, videoId, modelId }: Props) {
  return (
    <form method="get" action="/studio" className={styles.sideCard} aria-labelledby="studio-open">
      <h2 id="studio-open" className={styles.sideTitle}>
        Open a real video
      </h2>
      <div className={styles.openFields}>
        <label className={styles.field}>
          <span>Training video</span>
          <select name="video" defaultValue={videoId ?? ''} className={styles.select}>
            <option value="">Sample: door replacement demo</option>
            {videos.map((video) => (
              <option key={video.id} value={video.id}>
                {video.title}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>3D model</span>
          <select name="model" defaultValue={modelId ?? 'sample'} className={styles.select}>
            <option value="sample">Sample combi oven</option>
            {models.map((model) => (
              <option key={model.id} value={model.id}>
                {model.name} · {model.equipmentName}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={`${styles.button} ${styles.buttonPrimary}`}>
          Open in player
        </button>
      </div>
    </form>
  )
}
