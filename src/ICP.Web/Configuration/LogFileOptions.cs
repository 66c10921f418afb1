using System.ComponentModel.DataAnnotations;

namespace ICP.Web.Configuration;

/// <summary>Settings under <c>Logging:File</c> (<see cref="LoggingSetup"/>).</summary>
public sealed class LogFileOptions
{
    /// <summary><c>Logging:File:Path</c>: the rolling JSON log (one file a day); empty turns it off.</summary>
    public string? Path { get; set; } = "App_Data/logs/icp-.json";

    /// <summary><c>Logging:File:RetainedDays</c>: how many daily log files are kept.</summary>
    [Range(1, 3660, ErrorMessage = "Logging:File:RetainedDays must be between 1 and 3660 days.")]
    public int RetainedDays { get; set; } = 31;
}
