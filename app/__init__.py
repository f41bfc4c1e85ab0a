"""Plan Browser (规划浏览器): read, compare and print provincial HR & social security five-year plans."""

__version__ = "0.1.0"
