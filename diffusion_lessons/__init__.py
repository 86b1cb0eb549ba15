__version__ = "0.0.1"

# Load-time notices of transformers and diffusers off before either is imported (see the toolbox, core's `hf_quiet`).
import os as _os
for _k in ('TRANSFORMERS_VERBOSITY', 'DIFFUSERS_VERBOSITY'): _os.environ.setdefault(_k, 'error')
