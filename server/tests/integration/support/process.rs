//! The real `heritage-hub serve` binary as a separate process, for tests where several server
//! processes share one database.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

use super::TestDatabase;

pub struct ServerProcess {
    pub address: String,
    child: Child,
    /// Every line the server has logged so far.
    log: Arc<Mutex<Vec<String>>>,
}

impl ServerProcess {
    pub fn start(database: &TestDatabase) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_heritage-hub"))
            .arg("serve")
            .env("DATABASE_URL", &database.url)
            .env("SITE_ADDR", "127.0.0.1:0")
            .env("RATE_LIMITS", "off")
            .env("UPLOAD_DIR", database.folder.join("uploads"))
            .env("LEPTOS_SITE_ROOT", database.folder.join("site"))
            .env("LOG", "info")
            .stderr(Stdio::piped())
            .spawn()
            .expect("start heritage-hub");
        let mut log = BufReader::new(child.stderr.take().expect("stderr")).lines();
        let address = log
            .by_ref()
            .map_while(Result::ok)
            .find_map(|line| Some(line.split("address=").nth(1)?.trim().to_owned()))
            .expect("the server logs its address");
        // Keep reading, so that a full pipe never stops the server.
        let lines = Arc::new(Mutex::new(Vec::new()));
        let kept = lines.clone();
        std::thread::spawn(move || {
            for line in log.map_while(Result::ok) {
                kept.lock().expect("log lock").push(line);
            }
        });
        ServerProcess {
            address: format!("http://{address}"),
            child,
            log: lines,
        }
    }

    /// The process id, for reading its memory in `/proc`.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The lines logged so far that contain `needle`.
    pub fn logged(&self, needle: &str) -> Vec<String> {
        self.log
            .lock()
            .expect("log lock")
            .iter()
            .filter(|line| line.contains(needle))
            .cloned()
            .collect()
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
