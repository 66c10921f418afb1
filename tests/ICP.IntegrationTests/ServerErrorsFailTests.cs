// A test whose portal logged an error it did not expect fails, whatever the status codes it checked.
[assembly: ICP.Testing.FailOnServerErrors]
