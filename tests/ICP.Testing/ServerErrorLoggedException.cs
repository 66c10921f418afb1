namespace ICP.Testing;

/// <summary>The portal logged an error that the test did not declare as expected.</summary>
public sealed class ServerErrorLoggedException(IEnumerable<ServerError> errors)
    : Exception("The portal logged an error during this test (details in the test output):" + Environment.NewLine
        + string.Join(Environment.NewLine + Environment.NewLine, errors));
