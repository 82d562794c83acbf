f'''{
# comment
x
}'''
