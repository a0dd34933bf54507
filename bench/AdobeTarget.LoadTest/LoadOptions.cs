using System.Globalization;

namespace AdobeTarget.LoadTest;

/// <summary>How long and how hard to load, and how the edge misbehaves: a share of faulty calls, then a total outage.</summary>
public sealed record LoadOptions
{
    /// <summary>The longest a phase may last, so every run is bounded.</summary>
    public static readonly TimeSpan MaxPhase = TimeSpan.FromMinutes(10);

    /// <summary>The most virtual users a run may have.</summary>
    public const int MaxUsers = 5_000;

    public int Users { get; init; } = 500;

    public TimeSpan Healthy { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets the length of the phase where a share of edge calls misbehave; zero for none.</summary>
    public TimeSpan Faults { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets the length of the total-outage phase (every edge call hangs past the timeout); zero for none.</summary>
    public TimeSpan Outage { get; init; } = TimeSpan.Zero;

    public TimeSpan Recovery { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets the share of edge calls that misbehave during the fault phase (0 to 1).</summary>
    public double FaultShare { get; init; } = 0.3;

    /// <summary>Gets the Delivery API timeout of the application under load.</summary>
    public TimeSpan TargetTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets a value indicating whether the application's circuit breaker is on (off is the behaviour before it).</summary>
    public bool CircuitBreaker { get; init; } = true;

    /// <summary>Gets the breaker's sampling duration, or null for the library's default (30 s).</summary>
    public TimeSpan? BreakerSampling { get; init; }

    /// <summary>
    /// Gets where the app decides: <see cref="TargetDecisioningMethod.ServerSide"/> (the default) prefetches two mboxes on the
    /// edge and notifies the display; on-device and hybrid execute them, decided from the edge's rules artifact, and the
    /// library queues the display notifications itself.
    /// </summary>
    public TargetDecisioningMethod Decisioning { get; init; } = TargetDecisioningMethod.ServerSide;

    /// <summary>Gets the app's artifact polling interval (on-device and hybrid only).</summary>
    public TimeSpan PollingInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets a value indicating whether artifact downloads misbehave during the fault phase (on-device and hybrid only).</summary>
    public bool ArtifactFaults { get; init; }

    /// <summary>Gets the share of artifact downloads that misbehave during the fault phase when <see cref="ArtifactFaults"/> is on (0 to 1).</summary>
    public double ArtifactFaultShare { get; init; } = 1;

    public static LoadOptions Parse(string[] args)
    {
        const string usage = "Options: --users N --healthy S --faults S --outage S --recovery S --fault-share 0..1 --timeout S --breaker on|off --sampling S"
            + " --decisioning server-side|on-device|hybrid --polling S --artifact-faults on|off --artifact-share 0..1";
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"Option {args[i]} needs a value. {usage}");
            }

            var value = args[i + 1];
            options = args[i] switch
            {
                "--users" => options with { Users = int.Parse(value, CultureInfo.InvariantCulture) },
                "--healthy" => options with { Healthy = Seconds(value) },
                "--faults" => options with { Faults = Seconds(value) },
                "--outage" => options with { Outage = Seconds(value) },
                "--recovery" => options with { Recovery = Seconds(value) },
                "--fault-share" => options with { FaultShare = double.Parse(value, CultureInfo.InvariantCulture) },
                "--timeout" => options with { TargetTimeout = Seconds(value) },
                "--breaker" => options with { CircuitBreaker = OnOff("--breaker", value) },
                "--sampling" => options with { BreakerSampling = Seconds(value) },
                "--decisioning" => options with { Decisioning = Method(value) },
                "--polling" => options with { PollingInterval = Seconds(value) },
                "--artifact-faults" => options with { ArtifactFaults = OnOff("--artifact-faults", value) },
                "--artifact-share" => options with { ArtifactFaultShare = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. {usage}"),
            };
        }

        options.Validate();
        return options;
    }

    /// <summary>Refuses a run that would be unbounded or meaningless.</summary>
    public void Validate()
    {
        if (Users is < 1 or > MaxUsers)
        {
            throw new ArgumentException($"--users must be from 1 to {MaxUsers}.");
        }

        foreach (var (name, phase) in new[] { ("--healthy", Healthy), ("--faults", Faults), ("--outage", Outage), ("--recovery", Recovery) })
        {
            if (phase < TimeSpan.Zero || phase > MaxPhase)
            {
                throw new ArgumentException($"{name} must be from 0 to {MaxPhase.TotalSeconds} seconds.");
            }
        }

        if (FaultShare is < 0 or > 1)
        {
            throw new ArgumentException("--fault-share must be from 0 to 1.");
        }

        if (TargetTimeout < TimeSpan.FromMilliseconds(10) || TargetTimeout > TimeSpan.FromSeconds(30))
        {
            throw new ArgumentException("--timeout must be from 0.01 to 30 seconds.");
        }

        if (BreakerSampling is { } sampling && (sampling < TimeSpan.FromSeconds(0.5) || sampling > MaxPhase))
        {
            throw new ArgumentException($"--sampling must be from 0.5 to {MaxPhase.TotalSeconds} seconds.");
        }

        if (PollingInterval < TimeSpan.FromSeconds(1) || PollingInterval > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentException("--polling must be from 1 to 60 seconds.");
        }

        if (ArtifactFaultShare is < 0 or > 1)
        {
            throw new ArgumentException("--artifact-share must be from 0 to 1.");
        }

        if (ArtifactFaults && Decisioning == TargetDecisioningMethod.ServerSide)
        {
            throw new ArgumentException("--artifact-faults needs --decisioning on-device or hybrid: server-side decisions download no artifact.");
        }
    }

    private static bool OnOff(string name, string value) => value switch
    {
        "on" => true,
        "off" => false,
        _ => throw new ArgumentException($"{name} takes on or off, not {value}."),
    };

    private static TargetDecisioningMethod Method(string value) => value switch
    {
        "server-side" => TargetDecisioningMethod.ServerSide,
        "on-device" => TargetDecisioningMethod.OnDevice,
        "hybrid" => TargetDecisioningMethod.Hybrid,
        _ => throw new ArgumentException($"--decisioning takes server-side, on-device or hybrid, not {value}."),
    };

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
}
