NAME = "extra from lib"
