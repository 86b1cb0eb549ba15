"""Run notebooks with a real Jupyter kernel (nbclient), as a reader would.

  python3 .ci/run_nbs.py --save NB...   execute and save outputs in place, skipping the cells flagged
                                        slow / cuda / sd / notest (their saved outputs, made by the full
                                        runs, are kept), as the default `nbdev_test` run does
  python3 .ci/run_nbs.py NB...          "Run All": execute every cell whatever its flag, save nothing;
                                        print each notebook's time and its pictures and tables against
                                        the saved notebook's; fail on an error, or when Run All shows
                                        fewer pictures or tables than the saved notebook
  python3 .ci/run_nbs.py --save-all NB...  execute every cell and save (with DL_RETRAIN=ship: the full runs
                                        that regenerate the shipped weights and their saved outputs)
"""
import re, sys, time, os
from pathlib import Path
import nbformat
from nbclient import NotebookClient

FLAGS = {'slow', 'cuda', 'sd', 'notest'}
def flagged(cell):
    for line in cell.source.splitlines():
        m = re.match(r'\s*#\s*\|\s*(.*)', line)
        if not m: break
        if set(m.group(1).split()) & FLAGS: return True
    return False

def shown(nb):
    "(pictures, Markdown tables) among a notebook's outputs."
    outs = [o for c in nb.cells if c.cell_type == 'code' for o in c.get('outputs', [])]
    pics = sum(1 for o in outs if {'image/png', 'image/jpeg'} & set(o.get('data', {})))
    tabs = sum(1 for o in outs if '|---' in str(o.get('data', {}).get('text/markdown', '')))
    return pics, tabs

def run(path, save, skip_flagged=True):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=3600, kernel_name='python3', resources={'metadata': {'path': str(Path(path).parent)}})
    t0 = time.time()
    try:
        with client.setup_kernel():
            for i, cell in enumerate(nb.cells):
                if cell.cell_type != 'code' or (skip_flagged and flagged(cell)): continue
                client.execute_cell(cell, i)
    finally:
        if save: nbformat.write(nb, path)   # also after a failure: the outputs so far (of a long run) are kept
    if not save:
        (p1, t1), (p0, t0_) = shown(nb), shown(nbformat.read(path, as_version=4))
        print(f'{path}: after Run All {p1} pictures and {t1} tables; saved {p0} and {t0_}', flush=True)
        if p1 < p0 or t1 < t0_: raise RuntimeError(f'Run All shows fewer pictures or tables than the saved notebook ({p1}/{p0}, {t1}/{t0_})')
    return time.time() - t0

if __name__ == '__main__':
    args = sys.argv[1:]; save_all = '--save-all' in args; save = '--save' in args or save_all
    nbs = [a for a in args if not a.startswith('--')]
    os.environ.pop('IN_TEST', None)
    failed = []
    for p in nbs:
        try: print(f'{p}: {run(p, save, skip_flagged=save and not save_all):.0f} s', flush=True)
        except Exception as e: print(f'{p}: FAILED {type(e).__name__}: {str(e)[-2000:]}', flush=True); failed.append(p)
    print(f'{len(nbs) - len(failed)} passed, {len(failed)} failed')
    sys.exit(1 if failed else 0)
