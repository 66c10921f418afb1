// A test whose portal logged an error it did not expect fails, whatever the page showed.
[assembly: ICP.Testing.FailOnServerErrors]
