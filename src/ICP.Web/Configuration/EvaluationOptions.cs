using System.ComponentModel.DataAnnotations;

namespace ICP.Web.Configuration;

/// <summary>Settings under <c>Evaluation</c>.</summary>
public sealed class EvaluationOptions
{
    /// <summary><c>Evaluation:SpreadLimit</c>: points between evaluators above which staff screens flag the spread.</summary>
    [Range(typeof(decimal), "0", "100", ErrorMessage = "Evaluation:SpreadLimit must be between 0 and 100 points.")]
    public decimal SpreadLimit { get; set; } = 20m;

    /// <summary><c>Evaluation:EvaluatorsPerApplication</c>: how many evaluators automatic assignment gives each application.</summary>
    [Range(2, 10, ErrorMessage = "Evaluation:EvaluatorsPerApplication must be between 2 (the fewest an application needs to pass) and 10.")]
    public int EvaluatorsPerApplication { get; set; } = 2;
}
