namespace ICP.Web.Features.Messages;

/// <summary>What came of a request to send a failed e-mail again.</summary>
public enum MessageRetry
{
    NotFound,

    /// <summary>Not failed (already pending or sent), or its content was removed after its links expired.</summary>
    NotRetryable,

    Retried,
}
