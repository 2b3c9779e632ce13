"""archivecite: citations of archival documents and published works, in several scripts."""

__version__ = "0.1.0"
