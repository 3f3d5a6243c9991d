"""PyInstaller runtime hook: OpenCV's FFmpeg video backend off, before anything imports cv2.

The bundle ships no FFmpeg (stubs on Linux, see packaging/slim_linux.py; the plugin DLL left out on Windows).
Cameras still open through V4L2 / Media Foundation / DirectShow, and video files such as the MJPG .avi clips
of the tests and the demo through OpenCV's built-in MJPEG reader.
"""

import os

os.environ["OPENCV_VIDEOIO_PRIORITY_FFMPEG"] = "0"
