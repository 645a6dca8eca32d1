import type { StudioVideo } from './choreography'

/**
 * The Studio's bundled sample: a training video's steps (the shape `GET /api/videos/:id` gives,
 * plus the stage directions the 3D player needs). It ships with the page so the demo runs with
 * no backend at all.
 */
export const demoVideo: StudioVideo = {
  id: 'demo-door-replacement',
  title: 'Replace the door of a combi oven',
  equipmentModel: 'Combi oven, 6 × GN 1/1 (sample model)',
  taskType: 'Door Replacement',
  steps: [
    {
      id: 'isolate',
      order: 1,
      title: 'Isolate the oven',
      voiceover:
        'Before you start, switch the oven off at the control panel and at the main isolator. Let the cooking cabinet cool below 40 °C.',
      duration: 7,
      shot: { position: [1.85, 1.2, 2.35], target: [0.05, 0.45, 0] },
      highlight: 'controlPanel',
      highlightLabel: 'Control panel',
      motions: [{ from: 0.35, to: 0.6, pose: { panelLit: 0 } }],
    },
    {
      id: 'open-door',
      order: 2,
      title: 'Open the door fully',
      voiceover:
        'Open the door all the way to its stop and support its weight with one hand from here on.',
      duration: 6,
      shot: { position: [1.25, 1.05, 2.05], target: [-0.2, 0.45, 0.25] },
      highlight: 'door',
      highlightLabel: 'Cooking cabinet door',
      motions: [{ from: 0.15, to: 0.75, pose: { doorOpen: 1 } }],
    },
    {
      id: 'hinge-screws',
      order: 3,
      title: 'Remove the hinge screws',
      voiceover:
        'On the upper and lower hinge, remove the two cover screws with a T20 Torx driver. Keep the screws; you will need them again.',
      duration: 7,
      shot: { position: [-1.55, 0.95, 1.6], target: [-0.38, 0.47, 0.38] },
      highlight: 'hinges',
      highlightLabel: 'Upper and lower hinge',
      motions: [{ from: 0.2, to: 0.8, pose: { screwsOut: 1 } }],
    },
    {
      id: 'lift-door',
      order: 4,
      title: 'Lift the door off its hinges',
      voiceover:
        'Lift the door straight up off the hinge pins, keeping it level, then swing it clear of the oven and set it down on a soft surface.',
      duration: 7,
      shot: { position: [-0.55, 1.25, 2.45], target: [-0.55, 0.5, 0.55] },
      highlight: 'door',
      highlightLabel: 'Door off its hinge pins',
      motions: [
        { from: 0.1, to: 0.35, pose: { doorLift: 1 } },
        { from: 0.4, to: 0.9, pose: { doorAway: 1 } },
      ],
    },
    {
      id: 'inspect-cabinet',
      order: 5,
      title: 'Clean and inspect the cabinet',
      voiceover:
        'Slide out the racks, wipe the hinge area and the gasket seat, and check the cabinet rim for dents that would stop the door from sealing.',
      duration: 8,
      shot: { position: [0.35, 0.95, 1.55], target: [-0.12, 0.45, 0] },
      highlight: 'racks',
      highlightLabel: 'Racks and gasket seat',
      motions: [
        { from: 0.1, to: 0.4, pose: { rackOut: 1 } },
        { from: 0.7, to: 0.95, pose: { rackOut: 0 } },
      ],
    },
    {
      id: 'hang-door',
      order: 6,
      title: 'Hang the new door',
      voiceover:
        'Take the new door with its fitted gasket, lower it onto both hinge pins at once and let it settle fully into place.',
      duration: 7,
      shot: { position: [-0.75, 1.1, 2.25], target: [-0.35, 0.5, 0.5] },
      highlight: 'gasket',
      highlightLabel: 'New door gasket',
      motions: [
        { from: 0, to: 0.1, pose: { gasketNew: 1 } },
        { from: 0.1, to: 0.55, pose: { doorAway: 0 } },
        { from: 0.6, to: 0.85, pose: { doorLift: 0 } },
      ],
    },
    {
      id: 'refit-screws',
      order: 7,
      title: 'Refit the screws and close',
      voiceover:
        'Refit the four hinge cover screws, then close the door and check that the gasket touches the cabinet rim all the way round.',
      duration: 7,
      shot: { position: [-1.45, 1.0, 1.95], target: [-0.32, 0.47, 0.3] },
      highlight: 'hinges',
      highlightLabel: 'Hinge cover screws',
      motions: [
        { from: 0.1, to: 0.5, pose: { screwsOut: 0 } },
        { from: 0.55, to: 0.95, pose: { doorOpen: 0 } },
      ],
    },
    {
      id: 'steam-test',
      order: 8,
      title: 'Run a steam test',
      voiceover:
        'Switch the oven back on and run two minutes of steam at 100 °C. No steam may escape around the door. If it does, reseat the door before use.',
      duration: 8,
      shot: { position: [1.9, 1.15, 2.3], target: [0, 0.45, 0] },
      highlight: 'controlPanel',
      highlightLabel: 'Steam mode, 100 °C',
      motions: [
        { from: 0.05, to: 0.25, pose: { panelLit: 1 } },
        { from: 0.25, to: 0.4, pose: { fanRunning: 1 } },
        { from: 0.35, to: 0.7, pose: { steam: 1 } },
      ],
    },
  ],
}
