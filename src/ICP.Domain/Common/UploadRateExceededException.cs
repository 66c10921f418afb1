namespace ICP.Domain.Common;

/// <summary>Too many letters uploaded to one application in a short time; the next one is accepted after <see cref="RetryAfter"/>.</summary>
public sealed class UploadRateExceededException(int maxUploads, TimeSpan window, TimeSpan retryAfter)
    : DomainException("upload-rate-exceeded", $"At most {maxUploads} uploads in {window}; retry after {retryAfter}.")
{
    public int MaxUploads { get; } = maxUploads;

    public TimeSpan Window { get; } = window;

    public TimeSpan RetryAfter { get; } = retryAfter;
}
