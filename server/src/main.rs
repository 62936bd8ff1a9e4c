//! `heritage-hub`: the web server and its maintenance commands.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use app::auth::Role;
use app::auth::password::NewPassword;
use app::email::Email;
use clap::{Parser, Subcommand};
use server::{Application, Config, startup};

#[derive(Parser)]
#[command(
    name = "heritage-hub",
    version,
    about = "The European Heritage Hub open-call platform"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site (the default).
    Serve,
    /// Bring the database schema up to date, then exit.
    Migrate,
    /// Fill the database with realistic demo content: the call, workshops and practices.
    SeedDemo {
        /// Also N published practices with photographs, 10 × N sent submissions, 20 workshops
        /// and 5 × N sign-ups, made as the site makes them (for the benchmarks).
        #[arg(long, value_name = "N")]
        scale: Option<u64>,
    },
    /// Manage staff accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an admin account. Without --password-stdin a password is generated and printed once.
    Create {
        #[arg(long)]
        email: String,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
}

/// At least four worker threads, whatever the core count: with fewer, Leptos' server rendering
/// can leave a resource's future unwoken and a page unanswered (leptos-rs/leptos#4647, seen here
/// on two cores).
const MIN_WORKER_THREADS: usize = 4;

fn main() -> ExitCode {
    let workers = std::thread::available_parallelism().map_or(MIN_WORKER_THREADS, |cores| {
        cores.get().max(MIN_WORKER_THREADS)
    });
    match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(run()),
        Err(error) => {
            eprintln!("heritage-hub: cannot start the async runtime: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("heritage-hub: configuration error: {error}");
            return ExitCode::from(2);
        }
    };
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(&config.log))
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .init();

    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => startup::open_database(&config)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string()),
        Command::SeedDemo { scale } => seed_demo(config, scale).await,
        Command::Admin {
            command:
                AdminCommand::Create {
                    email,
                    password_stdin,
                },
        } => create_admin(config, &email, password_stdin).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("heritage-hub: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> Result<(), String> {
    let application = Application::build(config)
        .await
        .map_err(|e| e.to_string())?;
    application
        .run_until(startup::shutdown_signal())
        .await
        .map_err(|e| e.to_string())
}

async fn seed_demo(config: Config, scale: Option<u64>) -> Result<(), String> {
    let db = startup::open_database(&config)
        .await
        .map_err(|e| e.to_string())?;
    let seeded = server::demo::seed(&db, chrono::Utc::now())
        .await
        .map_err(|e| e.to_string())?;
    let counted = |n: u64, thing: &str| format!("{n} {thing}{}", if n == 1 { "" } else { "s" });
    println!(
        "Demo content ready: the call, {}, {}, {}.",
        counted(seeded.workshops, "workshop"),
        counted(seeded.practices, "practice"),
        counted(seeded.visits, "visit")
    );
    if let Some(practices) = scale {
        std::fs::create_dir_all(&config.upload_dir)
            .map_err(|e| format!("{}: {e}", config.upload_dir.display()))?;
        let store = app::submission::uploads::storage::UploadStore::new(config.upload_dir.clone());
        let started = std::time::Instant::now();
        let seeded = server::demo::scale::seed(&db, &store, practices, chrono::Utc::now())
            .await
            .map_err(|e| e.to_string())?;
        println!(
            "At scale: {}, {}, {}, {} ({:.0} s).",
            counted(seeded.practices, "published practice"),
            counted(seeded.submissions, "sent submission"),
            counted(seeded.workshops, "workshop"),
            counted(seeded.registrations, "sign-up"),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

async fn create_admin(config: Config, email: &str, password_stdin: bool) -> Result<(), String> {
    let email = Email::parse(email).map_err(|e| format!("--email: {e}"))?;
    let (password, generated) = if password_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| format!("reading the password: {e}"))?;
        let password =
            NewPassword::parse(line.trim_end_matches(['\r', '\n'])).map_err(|e| e.to_string())?;
        (password, false)
    } else {
        (NewPassword::generate(), true)
    };
    let shown = generated.then(|| password.expose().to_owned());
    let db = startup::open_database(&config)
        .await
        .map_err(|e| e.to_string())?;
    app::auth::db::create_with_password(&db, email.clone(), Role::Admin, password)
        .await
        .map_err(|e| e.to_string())?;
    println!("Admin account created for {email}.");
    if let Some(password) = shown {
        println!("Password (shown only this once): {password}");
    }
    Ok(())
}
