using System.ComponentModel.DataAnnotations;

namespace ICP.Web.Configuration;

/// <summary>Settings under <c>Redis</c> (<see cref="RedisSetup"/>).</summary>
public sealed class RedisOptions
{
    /// <summary><c>Redis:Configuration</c>: a StackExchange.Redis configuration string; empty keeps shared state in process.</summary>
    public string? Configuration { get; set; }

    /// <summary><c>Redis:InstanceName</c>: prefix of every key the portal writes.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Redis:InstanceName must not be empty (it keeps the portal's keys apart from others').")]
    public string InstanceName { get; set; } = RedisSetup.DefaultInstanceName;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
