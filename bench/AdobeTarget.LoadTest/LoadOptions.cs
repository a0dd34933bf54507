namespace AdobeTarget.LoadTest;

/// <summary>How long and how hard to load, and whether the edge misbehaves in the middle phase.</summary>
public sealed record LoadOptions
{
    public int Users { get; init; } = 500;

    public TimeSpan Healthy { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets the length of the phase where the edge misbehaves; zero for none.</summary>
    public TimeSpan Faults { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan Recovery { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets the share of edge calls that misbehave during the fault phase (0 to 1).</summary>
    public double FaultShare { get; init; } = 0.3;

    /// <summary>Gets the Delivery API timeout of the application under load.</summary>
    public TimeSpan TargetTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--users" => options with { Users = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--healthy" => options with { Healthy = TimeSpan.FromSeconds(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) },
                "--faults" => options with { Faults = TimeSpan.FromSeconds(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) },
                "--recovery" => options with { Recovery = TimeSpan.FromSeconds(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) },
                "--fault-share" => options with { FaultShare = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --users N --healthy S --faults S --recovery S --fault-share 0..1"),
            };
        }

        return options;
    }
}
