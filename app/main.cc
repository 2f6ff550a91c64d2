#include "run.h"

int main(int argc, char** argv) { return mllmseg::app::run(argc, argv); }
