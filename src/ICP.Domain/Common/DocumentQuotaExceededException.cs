namespace ICP.Domain.Common;

/// <summary>The letters an application keeps (the current one and those its versions cite) would exceed its storage quota.</summary>
public sealed class DocumentQuotaExceededException(long maxKeptBytes)
    : DomainException("document-quota-exceeded", $"The application's documents would exceed {maxKeptBytes} bytes.")
{
    public long MaxKeptBytes { get; } = maxKeptBytes;
}
