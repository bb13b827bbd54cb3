# Level names are upper case: an unknown one raises ValueError from inside logging.
import logging

logging.basicConfig(level='debug')
