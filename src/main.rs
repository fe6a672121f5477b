//! The demo page's entry point: mount the widget into `#career-quiz`.

fn main() {
    career_quiz::start::start();
}
