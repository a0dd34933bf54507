using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TargetMiddleware.Sample.Tests;

/// <summary>
/// The sample started as the README says (<c>dotnet run --project samples/TargetMiddleware.Sample</c>), on a free
/// loopback port, with no Adobe settings: it serves and calls its own local edge.
/// </summary>
public sealed class SampleProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SampleProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Where the sample is told its address.</summary>
    public enum UrlsFrom
    {
        /// <summary>The <c>--urls</c> argument.</summary>
        Argument,

        /// <summary>The <c>ASPNETCORE_URLS</c> environment variable, as containers set it.</summary>
        Environment,
    }

    /// <summary>Starts the sample on a free loopback port (<c>--urls</c>) and waits until it serves.</summary>
    public static Task<SampleProcess> StartAsync() => StartAsync(new Uri($"http://127.0.0.1:{FreePort()}/"), UrlsFrom.Argument);

    /// <summary>Starts the sample on a free loopback port with extra environment variables (such as <c>AdobeTarget__DecisioningMethod</c>).</summary>
    public static Task<SampleProcess> StartAsync(IReadOnlyDictionary<string, string> environment) =>
        StartAsync(new Uri($"http://127.0.0.1:{FreePort()}/"), UrlsFrom.Argument, environment);

    /// <summary>Starts the sample at an address and waits until it serves there.</summary>
    public static async Task<SampleProcess> StartAsync(Uri address, UrlsFrom urlsFrom, IReadOnlyDictionary<string, string>? environment = null)
    {
        var sample = Launch(address, urlsFrom, environment);
        await sample.WaitUntilServingAsync();
        return sample;
    }

    /// <summary>Starts the sample at an address without waiting (for a start that is expected to fail).</summary>
    public static SampleProcess Launch(Uri address, UrlsFrom urlsFrom, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var url = address.ToString().TrimEnd('/');
        foreach (var argument in new[] { "run", "--project", "samples/TargetMiddleware.Sample", "--no-build", "--configuration", Configuration })
        {
            start.ArgumentList.Add(argument);
        }

        if (urlsFrom == UrlsFrom.Argument)
        {
            start.ArgumentList.Add("--");
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(url);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var inheritedTarget in start.Environment.Keys.Where(k => k.StartsWith("AdobeTarget__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(inheritedTarget); // the sample's own defaults: no account, its local edge, server-side
        }

        // The first Target call of a fresh process is cold (JIT, connections) and shares the machine with the tests:
        // a generous timeout keeps it from falling back to default content; the tests assert content, not speed.
        start.Environment["AdobeTarget__Timeout"] = "00:00:20";
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "HTTP_PORTS", "HTTPS_PORTS" })
        {
            start.Environment.Remove(inherited);
        }

        if (urlsFrom == UrlsFrom.Environment)
        {
            start.Environment["ASPNETCORE_URLS"] = url;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new SampleProcess(Process.Start(start)!, address);
    }

    /// <summary>Waits for the sample to exit on its own.</summary>
    /// <returns>Its exit code.</returns>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The sample did not exit within {timeout}:\n{Output}");
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The sample exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Address, "_edge/report.json"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The sample did not start serving within 90 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TargetMiddleware.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("TargetMiddleware.sln not found above the test output.");
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
}
