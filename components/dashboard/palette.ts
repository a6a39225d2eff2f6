/** Series colours: distinguishable, dark enough for text contrast against white. */
export const PALETTE = ["#0b5cad", "#c2410c", "#1a7f37", "#8250df", "#9a6700", "#bf3989"];
