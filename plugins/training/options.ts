export type TrainingOptions = {
  /**
   * Longest narrated step, in seconds: a scene of a training video may not be set longer, and a
   * narration that runs longer fails the render with a reason that says what to do.
   */
  maxSceneSeconds: number
}

export const defaultTrainingOptions: TrainingOptions = { maxSceneSeconds: 60 }
