"Packaging for diffusion_lessons: every setting is read from settings.ini (nbdev 2 layout)."
from configparser import ConfigParser
import setuptools, shlex

cfg = ConfigParser(delimiters=['='])
cfg.read('settings.ini', encoding='utf-8')
cfg = cfg['DEFAULT']

expected = 'version description keywords author author_email license min_python requirements lib_name git_url'.split()
missing = [o for o in expected if o not in cfg]
if missing: raise KeyError(f'settings.ini is missing: {missing}')

licenses = dict(apache2=('Apache Software License 2.0', 'OSI Approved :: Apache Software License'))
lic = licenses.get(cfg['license'].lower(), (cfg['license'], None))
statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable', '6 - Mature', '7 - Inactive']
py_versions = '3.10 3.11 3.12 3.13'.split()
min_python = cfg['min_python']

def _reqs(key): return shlex.split(cfg.get(key, ''))
requirements, dev_requirements = _reqs('requirements'), _reqs('dev_requirements')

setuptools.setup(
    name=cfg['lib_name'].replace('_', '-'),
    license=lic[0],
    classifiers=['Development Status :: ' + statuses[int(cfg['status'])],
                 'Intended Audience :: ' + cfg['audience'].title(),
                 'Natural Language :: ' + cfg['language'].title()]
              + [f'Programming Language :: Python :: {o}' for o in py_versions if tuple(map(int, o.split('.'))) >= tuple(map(int, min_python.split('.')))]
              + ([f'License :: {lic[1]}'] if lic[1] else []),
    url=cfg['git_url'],
    packages=setuptools.find_packages(),
    include_package_data=True,
    package_data={'diffusion_lessons': ['weights/**/*', 'results/**/*']},
    install_requires=requirements,
    extras_require={'dev': dev_requirements},
    dependency_links=cfg.get('dep_links', '').split(),
    python_requires='>=' + min_python,
    long_description=open('README.md', encoding='utf-8').read(),
    long_description_content_type='text/markdown',
    zip_safe=False,
    entry_points={'console_scripts': cfg.get('console_scripts', '').split(), 'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
    version=cfg['version'], description=cfg['description'], keywords=cfg['keywords'],
    author=cfg['author'], author_email=cfg['author_email'],
)
