// The integration tests spend their time waiting on child builds; two classes at a time keep CI's two
// cores busy without oversubscribing them. Tests within a class stay sequential.
[assembly: Parallelize(Workers = 2, Scope = ExecutionScope.ClassLevel)]
