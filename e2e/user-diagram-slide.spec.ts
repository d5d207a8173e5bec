import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';
import { newDiagram, rendered } from './support/extra-diagrams';
import { presentFromSlide, SERVICE_OPTION_SLIDES } from './support/service-deck';
import { measureText } from './support/slide-text';

test.describe('a diagram of the user’s own on a slide, at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('fills the slide under its title like an option’s diagram, and no text on it is smaller than 18 px', async ({
    app,
  }) => {
    const flow = await newDiagram(app, 'Data flow', 'blank');
    await rendered(app, flow);
    // Its slide comes right after the options' slides.
    await presentFromSlide(app, SERVICE_OPTION_SLIDES.length + 2);
    const slide = app.byTestId(TID.slide);
    await expect(slide.locator('..')).toHaveAttribute('data-scale', '1');
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Data flow');
    const figure = await rendered(app, flow, slide);

    const fit = await figure.evaluate((element) => {
      const box = element.closest('.diagram-box')!.getBoundingClientRect();
      const figureBox = element.getBoundingClientRect();
      const canvas = element.querySelector('.canvas')!.getBoundingClientRect();
      const svg = element.querySelector('svg')!;
      // What is drawn: the viewBox at the scale the SVG is shown (its aspect is kept).
      const scale = svg.getScreenCTM()!.a;
      const viewBox = svg.viewBox.baseVal;
      return {
        blankUnderFigure: box.bottom - figureBox.bottom,
        widthShare: (viewBox.width * scale) / canvas.width,
        heightShare: (viewBox.height * scale) / canvas.height,
      };
    });
    // The figure reaches the bottom of the slide's content, and the picture fills its frame one way.
    expect(fit.blankUnderFigure).toBeLessThan(2);
    expect(Math.max(fit.widthShare, fit.heightShare)).toBeGreaterThan(0.98);

    const sizes = await slide.evaluate(measureText);
    expect(sizes.map((size) => size.text)).toContain('User diagram “Data flow”: drawn by the user.');
    const tooSmall = sizes
      .filter(({ computedPx, scale }) => computedPx * scale < 18)
      .map(({ text, computedPx, scale }) => `“${text}” ${computedPx} px × ${scale.toFixed(3)}`);
    expect(tooSmall).toEqual([]);
  });
});
