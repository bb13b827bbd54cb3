import sys
def main():
    print('checking configuration')
    sys.exit('error: configuration missing')
main()
