namespace ICP.Domain.Common;

/// <summary>A retention period outside what the programme allows (6 to 120 months).</summary>
public sealed class RetentionPeriodRefusedException(int months)
    : DomainException("retention-period-refused", $"{months} months is not an allowed retention period.")
{
    public int Months { get; } = months;
}
