using System.ComponentModel.DataAnnotations;

namespace ICP.Web.Configuration;

/// <summary>Settings under <c>Clock</c> (<see cref="ClockSetup"/>).</summary>
public sealed class ClockOptions : IValidatableObject
{
    /// <summary><c>Clock:SimulatedNow</c>: the instant the portal stands at, with its offset; empty for the real clock.</summary>
    public string? SimulatedNow { get; set; }

    /// <summary><c>Clock:Frozen</c>: a simulated clock stands still instead of running on.</summary>
    public bool Frozen { get; set; }

    public bool IsSimulated => !string.IsNullOrWhiteSpace(SimulatedNow);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsSimulated)
        {
            string? error = null;
            try
            {
                ClockSetup.ParseInstant(SimulatedNow!);
            }
            catch (InvalidOperationException e)
            {
                error = e.Message;
            }

            if (error is not null)
            {
                yield return new ValidationResult(error, [nameof(SimulatedNow)]);
            }
        }
    }
}
