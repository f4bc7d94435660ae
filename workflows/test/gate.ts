/** Open unless held: `hold` closes it until the function it returns is called. */
export function gate() {
  let closed: Promise<void> | undefined;
  return {
    passed: () => closed,
    hold(): () => void {
      let release!: () => void;
      closed = new Promise((resolve) => (release = resolve));
      return () => {
        closed = undefined;
        release();
      };
    },
  };
}
