import FuzzSupport
import Foundation

exit(FuzzDriver.run(CSVTarget.callback))
