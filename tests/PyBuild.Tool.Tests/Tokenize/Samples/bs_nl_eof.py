x
\
