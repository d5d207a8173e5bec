export interface Size {
  width: number;
  height: number;
}

/** Slides are laid out once, at this size, and scaled to the window: a 1080p projector sees them 1:1. */
export const STAGE: Size = { width: 1920, height: 1080 };

export interface StageFit {
  scale: number;
  /** Offsets that centre the scaled stage, leaving bars (letterbox or pillarbox) on the spare sides. */
  left: number;
  top: number;
}

export function fitStage(area: Size, stage: Size = STAGE): StageFit {
  if (area.width <= 0 || area.height <= 0) return { scale: 0, left: 0, top: 0 };
  const scale = Math.min(area.width / stage.width, area.height / stage.height);
  return {
    scale,
    left: (area.width - stage.width * scale) / 2,
    top: (area.height - stage.height * scale) / 2,
  };
}
